/**
 * H2 file growth under small durable commits (docs/benchmarks.md, "H2 file growth with WRITE_DELAY=0"): a JDK single-file
 * program on the H2 jar that commits one insert at a random key of a growing table plus one update of a hot row, at a
 * fixed rate, and prints the file size and H2's chunk and page counts, optionally calling {@code MVStore.compact} every
 * {@code -Dcompact} ms as the service's {@code EmbeddedStoreHousekeeping} does.
 *
 * <pre>java -Drate=150 -Dsecs=360 -Dcompact=1000 -cp h2-2.3.232.jar benchmarks/load/H2GrowthLoop.java housekeeping ";WRITE_DELAY=0"</pre>
 *
 * Arguments: a store name and the JDBC URL suffix; properties {@code rate} (commits/s), {@code secs}, {@code compact}
 * (0 = none), {@code fill} and {@code write} (the compaction's target fill rate and bytes per call), {@code flush}
 * ({@code true}: write the store after every commit with {@code MVStore.commit()}, as the service's group commit does
 * with {@code WRITE_DELAY} &gt; 0; run it with {@code ";WRITE_DELAY=500"}), {@code dir}
 * (default /tmp/h2-growth). Writes only below {@code dir}.
 */
import java.sql.*;
import java.io.File;
public class H2GrowthLoop {
    static final String DIR = System.getProperty("dir", "/tmp/h2-growth") + "/";
    // args: name urlSuffix ; -Drate -Dsecs -Dcompact=intervalMs -Dfill -Dwrite
    static String info(Connection c) throws SQLException { try (ResultSet r = c.createStatement().executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.CHUNK_COUNT','info.PAGE_COUNT_LIVE','info.PAGE_COUNT')")) { StringBuilder b = new StringBuilder(); while (r.next()) b.append(r.getString(1).substring(5)).append('=').append(r.getString(2)).append(' '); c.commit(); return b.toString(); } }
    public static void main(String[] a) throws Exception {
        String name = a[0];
        new File(DIR).mkdirs();
        File f = new File(DIR + name + ".mv.db"); f.delete();
        String url = "jdbc:h2:file:" + DIR + name + (a.length > 1 ? a[1] : "");
        int rate = Integer.getInteger("rate", 300), secs = Integer.getInteger("secs", 180);
        boolean flush = Boolean.getBoolean("flush");
        int compactMs = Integer.getInteger("compact", 0), fill = Integer.getInteger("fill", 80), write = Integer.getInteger("write", 1 << 20);
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CREATE TABLE t(id VARCHAR(40) PRIMARY KEY, v VARCHAR(200), n BIGINT)");
            c.createStatement().execute("CREATE INDEX t_n ON t(n)");
            c.createStatement().execute("CREATE TABLE h(k INT PRIMARY KEY, seq BIGINT)");
            c.createStatement().execute("INSERT INTO h VALUES (1, 0)");
            org.h2.mvstore.MVStore mv = ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            c.setAutoCommit(false);
            PreparedStatement ins = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)");
            PreparedStatement up = c.prepareStatement("UPDATE h SET seq = seq + 1 WHERE k = 1");
            long start = System.nanoTime(), lastCompact = start, lastPrint = start; long compactNs = 0; int rewrites = 0; int compacts = 0;
            long total = (long) rate * secs;
            for (long i = 1; i <= total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long now;
                while ((now = System.nanoTime()) < due) Thread.sleep(0, 200_000);
                ins.setString(1, java.util.UUID.randomUUID().toString()); ins.setString(2, "x".repeat(150)); ins.setLong(3, i);
                ins.executeUpdate(); up.executeUpdate(); c.commit();
                if (flush) mv.commit();
                if (compactMs > 0 && now - lastCompact > compactMs * 1_000_000L) {
                    long t0 = System.nanoTime(); if (mv.compact(fill, write)) rewrites++; compactNs += System.nanoTime() - t0; compacts++; lastCompact = now;
                }
                if (now - lastPrint > 15_000_000_000L || i == total) {
                    lastPrint = now;
                    System.out.printf("%s t=%ds commits=%d file=%d KB fill=%d chunksFill=%d compacts=%d compactMs=%d rewrites=%d chunkCount=%s%n", name,
                        (now - start) / 1_000_000_000L, i, f.length() / 1024,
                        mv.getFileStore().getFillRate(), mv.getFileStore().getChunksFillRate(), compacts, compactNs / 1_000_000, rewrites, info(c));
                }
            }
            System.out.printf("%s elapsed=%ds%n", name, (System.nanoTime() - start) / 1_000_000_000L);
        }
        System.out.println(name + " closed " + f.length() / 1024 + " KB");
    }
}
