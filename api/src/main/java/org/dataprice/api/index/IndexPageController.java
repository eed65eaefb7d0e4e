package org.dataprice.api.index;

import io.micronaut.http.HttpHeaders;
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
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobService;

import java.util.Optional;

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
    private final JobService jobs;

    /**
     * @param reads       released data
     * @param pages       the page templates
     * @param jobs        the jobs (a running release shows "computing…")
     */
    public IndexPageController(IndexReadService reads, IndexPageTemplates pages, JobService jobs) {
        this.jobs = jobs;
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
    public HttpResponse<String> page(String id) {
        Released released = reads.released(id);
        Optional<JobResponse> job = jobs.active(IndexJobs.RELEASE, IndexJobs.subject(id));
        if (job.isEmpty()) {
            return HttpResponse.ok(pages.page(released, reads.warnings(released), reads.coverage(released)));
        }
        String progress = job.get().progress().fraction().movePointRight(2).setScale(0, java.math.RoundingMode.DOWN) + "%";
        return HttpResponse.ok(pages.computing(released, reads.warnings(released), reads.coverage(released), progress))
                .header("Refresh", Integer.toString(REFRESH_SECONDS)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** How often the page reloads while a release is computed. */
    static final int REFRESH_SECONDS = 5;

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
