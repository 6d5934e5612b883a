package org.voicebench.personalize;

/** An input that cannot be used (image, audio, export folder, names); the message names the file and what is wrong. */
public final class PersonalizeInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public PersonalizeInputException(String message) {
        super(message);
    }

    public PersonalizeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
