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
 * The public side of the indices: the landing page, each index's web page, methodology page and downloads. Public because a
 * release must reach everyone at the same moment; only released data (release time passed) is ever
 * served here.
 */
@Controller("/indices")
@Tag(name = "price index (public)")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
public class IndexPageController {
    private final IndexReadService reads;
    private final IndexPageTemplates pages;

    /**
     * @param reads       released data
     * @param pages       the page templates
     */
    public IndexPageController(IndexReadService reads, IndexPageTemplates pages) {
        this.reads = reads;
        this.pages = pages;
    }

    /**
     * @return the landing page: every index with released data (an index whose first release is under embargo is not
     *         listed), with its latest level, year-on-year change and next release
     */
    @Get
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The public list of published indices")
    public String indices() {
        return pages.landing(reads.published());
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
        return pages.page(released, reads.warnings(released), reads.coverage(released));
    }

    /**
     * @param id the index
     * @return its methodology page
     */
    @Get("/{id}/methodology")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The methodology page of an index")
    public String methodology(String id) {
        Released released = reads.released(id);
        return pages.methodology(released.def(), reads.coverage(released));
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
