package org.gbakg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.gbakg.UserError;

/**
 * The users who may change the graph, from a password file in Jetty's realm format: one user a
 * line, {@code name: password}, where the password is plain or one of Jetty's {@code OBF:},
 * {@code MD5:} or {@code CRYPT:} forms; {@code #} starts a comment. Roles after the password
 * ({@code name: password, role}) are allowed and ignored: any listed user may update.
 */
public record PasswordFile(Path file) {

    /** Refuses a file that is missing or lists no user, since update would then be unusable. */
    public PasswordFile {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no such password file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        boolean hasUser = lines.stream().map(String::strip)
                .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && l.indexOf(':') > 0);
        if (!hasUser) {
            throw new UserError(file + ": the password file lists no user (write lines like 'editor: secret')");
        }
    }

    /**
     * Basic authentication on {@code paths} (servlet path specs) for every method but OPTIONS:
     * a browser's CORS preflight carries no credentials and must not be challenged.
     */
    ConstraintSecurityHandler securityHandler(String realm, List<String> paths) {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(file));
        try {
            users.start();
        } catch (Exception e) {
            throw new UserError(file + ": cannot read the password file: " + e.getMessage(), e);
        }
        ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(realm, users, AuthScheme.BASIC);
        Constraint anyUser = new Constraint.Builder()
                .name(handler.getAuthenticator().getAuthenticationType())
                .authorization(Constraint.Authorization.ANY_USER)
                .build();
        for (String path : paths) {
            ConstraintMapping mapping = new ConstraintMapping();
            mapping.setPathSpec(path);
            mapping.setConstraint(anyUser);
            mapping.setMethodOmissions(new String[] {"OPTIONS"});
            handler.addConstraintMapping(mapping);
        }
        return handler;
    }
}
