package se.lyssna.app.sending;

/** What the child is told about finished answers. */
public enum SendState {
    /** Nothing to send. */
    IDLE,
    /** Talking to the backend right now. */
    SENDING,
    /** Saved on the device; will be sent when the backend can be reached. */
    WAITING,
    /** The backend confirmed; nothing is left on the device. */
    SENT,
    /** The backend will never accept these answers (e.g. the round closed); they were removed. */
    REFUSED
}
