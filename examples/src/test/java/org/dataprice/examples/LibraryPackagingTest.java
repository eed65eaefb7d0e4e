package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The library's packaging as an embedding developer meets it: the BOM ({@code bom/pom.xml}) manages exactly
 * the library modules (those whose pom declares an {@code automatic.module.name}) at the reactor's version,
 * and each library module names a valid, distinct JPMS module whose packages lie under {@code org.dataprice}.
 * The jar plugin writes that name into {@code META-INF/MANIFEST.MF} as {@code Automatic-Module-Name}
 * (configured once in the parent pom).
 */
class LibraryPackagingTest {
    /** A JPMS module name: dot-separated Java identifiers (JLS §7.7). */
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    private static Path root;
    private static String version;

    @BeforeAll
    static void locate() {
        root = Path.of("").toAbsolutePath().getParent();
        version = System.getProperty("dataprice.project.version");
        assertThat(version).as("surefire passes the project version").isNotBlank();
    }

    @Test
    void test_bom_managesExactlyTheLibraryModules_atTheReactorVersion() throws Exception {
        Document bom = parse(root.resolve("bom/pom.xml"));
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(text(bom.getDocumentElement(), "parent")).as("a BOM without a parent manages only its own").isNull();

        Map<String, String> managed = new TreeMap<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(text(dependency, "groupId")).isEqualTo("org.dataprice");
            managed.put(text(dependency, "artifactId"), text(dependency, "version"));
        }
        Map<String, String> expected = new TreeMap<>();
        libraryModules().keySet().forEach(artifact -> expected.put(artifact, version));
        assertThat(managed).isEqualTo(expected).isNotEmpty();
    }

    @Test
    void test_libraryModules_nameDistinctValidModules() throws Exception {
        Map<String, String> modules = libraryModules();
        assertThat(modules).containsKeys("valuation-core", "price-index", "revenue-split");
        Set<String> names = new HashSet<>();
        modules.forEach((artifact, name) -> {
            assertThat(name).as(artifact).matches(MODULE_NAME).startsWith("org.dataprice.");
            assertThat(names.add(name)).as("module name %s is used once", name).isTrue();
        });
    }

    /** The reactor modules whose pom sets {@code automatic.module.name}: artifact id → module name. */
    private static Map<String, String> libraryModules() throws Exception {
        Document parent = parse(root.resolve("pom.xml"));
        List<String> moduleDirs = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            moduleDirs.add(modules.item(i).getTextContent().trim());
        }
        Map<String, String> library = new TreeMap<>();
        for (String dir : moduleDirs) {
            Path pom = root.resolve(dir).resolve("pom.xml");
            assertThat(Files.exists(pom)).as(pom.toString()).isTrue();
            Document module = parse(pom);
            NodeList names = module.getElementsByTagName("automatic.module.name");
            if (names.getLength() == 1) {
                library.put(text(module.getDocumentElement(), "artifactId"), names.item(0).getTextContent().trim());
            }
        }
        return library;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of {@code element}'s direct child named {@code name}, or null when it has none. */
    private static String text(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }
}
