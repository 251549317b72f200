package nl.connectedstore.kiosk;

import nl.connectedstore.assistance.AssistanceService;
import nl.connectedstore.ui.BackgroundTask;
import nl.connectedstore.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Call staff" from a kiosk's order screen: a help request for this kiosk, off the FX thread; a failure is logged. */
final class StaffCall implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(StaffCall.class);

    private final AssistanceService assistance;
    private final String terminalCode;
    private final TaskExecutor executor;

    StaffCall(AssistanceService assistance, String terminalCode, TaskExecutor executor) {
        this.assistance = assistance;
        this.terminalCode = terminalCode;
        this.executor = executor;
    }

    @Override
    public void run() {
        executor.execute(BackgroundTask.of(progress -> assistance.callStaff(terminalCode))
                .onFailure(e -> log.error("Help call from {} failed: {}", terminalCode, e.toString())));
    }
}
