package dev.isolint.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** A {@link CheckMojo} as Maven would configure it for a project, its parameters set by name. */
final class MojoFixture {

    private MojoFixture() {
    }

    /** A mojo for the project in {@code basedir}, without a session (the project is its own top level). */
    static CheckMojo mojo(Path basedir) throws ReflectiveOperationException {
        CheckMojo mojo = new CheckMojo();
        set(mojo, "project", project(basedir));
        set(mojo, "failOnViolation", true); // the parameter's default, which Maven would inject
        return mojo;
    }

    /** A mojo for the project in {@code basedir} of a reactor started on the project in {@code topLevel}. */
    @SuppressWarnings("deprecation") // the session's public constructor is the one a test can call without a container
    static CheckMojo mojo(Path basedir, Path topLevel) throws ReflectiveOperationException {
        CheckMojo mojo = mojo(basedir);
        MavenProject top = project(topLevel);
        top.setExecutionRoot(true);
        MavenSession session = new MavenSession(null, null, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        List<MavenProject> projects = new ArrayList<>();
        projects.add((MavenProject) get(mojo, "project"));
        projects.add(top);
        session.setProjects(projects);
        set(mojo, "session", session);
        return mojo;
    }

    static MavenProject project(Path basedir) {
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(new File(basedir.toFile(), "target").getPath());
        return project;
    }

    static void set(CheckMojo mojo, String field, Object value) throws ReflectiveOperationException {
        Field f = CheckMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(mojo, value);
    }

    private static Object get(CheckMojo mojo, String field) throws ReflectiveOperationException {
        Field f = CheckMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(mojo);
    }
}
