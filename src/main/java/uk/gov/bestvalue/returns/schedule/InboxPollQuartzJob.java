package uk.gov.bestvalue.returns.schedule;

import java.io.IOException;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

import uk.gov.bestvalue.returns.intake.InboxPoller;

/** The Quartz job of the inbox poll: takes the files that stayed unchanged since the previous poll. */
@DisallowConcurrentExecution
public class InboxPollQuartzJob extends QuartzJobBean {

    private final InboxPoller poller;

    public InboxPollQuartzJob(InboxPoller poller) {
        this.poller = poller;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            poller.poll();
        } catch (IOException | RuntimeException e) {
            throw new JobExecutionException("The inbox poll failed: " + e.getMessage(), e, false);
        }
    }
}
