package nl.connectedstore.customers;

/** A sign-up that was not stored, and why. Nothing of it was saved. */
public final class SignUpRefusedException extends RuntimeException {

    private final SignUpProblem problem;

    public SignUpRefusedException(SignUpProblem problem) {
        super("Sign-up refused: " + problem);
        this.problem = problem;
    }

    public SignUpProblem problem() {
        return problem;
    }
}
