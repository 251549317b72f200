package nl.connectedstore.kiosk;

/** The sounds a checkout makes: a short beep for an item in the basket, a low tone for a code refused. */
interface Beeper {

    void accepted();

    void refused();

    Beeper SILENT = new Beeper() {
        @Override
        public void accepted() {
        }

        @Override
        public void refused() {
        }
    };
}
