package org.dataprice.api.index;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public side of an index: its web page, methodology page and downloads. Public because a
 * release must reach everyone at the same moment; only released data (release time passed) is ever
 * served here.
 */
@Controller("/indices")
@Tag(name = "price index (public)")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class IndexPageController {
    private final IndexReadService reads;
    private final IndexDefinitionService definitions;

    /**
     * @param reads       released data
     * @param definitions definitions
     */
    public IndexPageController(IndexReadService reads, IndexDefinitionService definitions) {
        this.reads = reads;
        this.definitions = definitions;
    }

    /**
     * @param id the index
     * @return its web page
     */
    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The public web page of an index")
    public String page(String id) {
        Released released = reads.released(id);
        return IndexPage.render(released, reads.warnings(released));
    }

    /**
     * @param id the index
     * @return its methodology page
     */
    @Get("/{id}/methodology")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The methodology page of an index")
    public String methodology(String id) {
        return IndexPage.methodology(definitions.get(id));
    }

    /**
     * @param id the index
     * @return released data as CSV
     */
    @Get("/{id}/data.csv")
    @Produces("text/csv;charset=utf-8")
    @Operation(summary = "Released data, CSV")
    public HttpResponse<String> csv(String id) {
        return HttpResponse.ok(reads.csv(id, null, null)).header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
    }

    /**
     * @param id the index
     * @return released composite as FRED-like JSON
     */
    @Get("/{id}/data.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Released composite, FRED-like JSON")
    public IndexViews.FredSeries json(String id) {
        return reads.observations(id, null, null);
    }

    /**
     * @param id the index
     * @return released data as SDMX-CSV 2.0
     */
    @Get("/{id}/data.sdmx.csv")
    @Produces(IndexReadService.SDMX_CSV)
    @Operation(summary = "Released data, SDMX-CSV 2.0")
    public HttpResponse<String> sdmx(String id) {
        return HttpResponse.ok(reads.sdmxCsv(id, null, null))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".sdmx.csv\"");
    }
}
