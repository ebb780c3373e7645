package uk.gov.bestvalue.returns.access;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A person who may sign in to the page: a name, a role, the directorates they lead (none for the programme office)
 * and the bcrypt hash of their password (the password itself is never stored).
 */
public record UserAccount(String name, Role role, List<String> directorates, String passwordHash) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{2,80}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    public UserAccount {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user's name is 2 to 80 letters, digits, '.', '_', '@' or '-', not '"
                    + name + "'");
        }
        if (role == null) {
            throw new IllegalArgumentException("user " + name + " has no role");
        }
        directorates = directorates == null ? List.of() : List.copyOf(directorates);
        if (role == Role.LEAD && directorates.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " is a lead of no directorate");
        }
        if (role == Role.PROGRAMME_OFFICE && !directorates.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " is in the programme office, which sees every "
                    + "directorate: name no directorate");
        }
        if (passwordHash == null || !BCRYPT.matcher(passwordHash).matches()) {
            throw new IllegalArgumentException("user " + name + "'s password is not a bcrypt hash: add the user again "
                    + "with `users add`");
        }
    }
}
