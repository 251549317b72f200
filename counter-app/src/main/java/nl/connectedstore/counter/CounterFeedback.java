package nl.connectedstore.counter;

import java.nio.file.Path;
import nl.connectedstore.feedback.FeedbackComments;
import nl.connectedstore.feedback.FeedbackDashboard;

/**
 * What the counter needs for customer feedback: the manager's dashboard, the comments for the morning panel, and
 * where CSV exports go.
 */
record CounterFeedback(FeedbackDashboard dashboard, FeedbackComments comments, Path exportDir) {
}
