package nl.connectedstore.counter;

import java.nio.file.Path;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;
import nl.connectedstore.feedback.FeedbackService;
import nl.connectedstore.store.StoreService;

/**
 * What the counter needs for customer feedback: the manager's dashboard, the comments for the morning panel, where
 * CSV exports go, the answers customers give on the prompt the clerk turns around, and the store's staff (who helped,
 * the dashboard's clerk filter).
 */
record CounterFeedback(FeedbackDashboard dashboard, FeedbackComments comments, Path exportDir, FeedbackService answers,
                       StoreService stores) {
}
