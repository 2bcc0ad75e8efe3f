package org.equicert.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.equicert.input.InputFileException;

/**
 * Turns a batch's inputs into its games, in order: a game file ({@code .nfg} or {@code .json}) is
 * one game; a directory is every such file below it, sorted by relative path; any other file is a
 * manifest — one game per line, the game's path first and then the command's options, words split
 * as a shell does with single or double quotes, {@code #} starting a comment, paths (the game's
 * and {@code --claims}') relative to the manifest's directory.
 *
 * <p>Ids are the file's path below its directory (or its name) without the extension, with
 * characters other than letters, digits, {@code .}, {@code _} and {@code -} replaced by
 * {@code _} and {@code /} by {@code -}; a repeated id gets {@code -2}, {@code -3}, … in input order.
 * Cost: linear in the inputs' size plus the directory walks.
 */
public final class BatchInputs {

    /** Checks a game's options before the run, so that a bad manifest line fails at once. */
    @FunctionalInterface
    public interface OptionCheck {
        /** The problem with running the job on {@code game} with {@code options}, or empty. */
        Optional<String> problem(String game, List<String> options);
    }

    private final List<String> sharedOptions;
    private final OptionCheck check;
    private final List<GameSpec> games = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private BatchInputs(List<String> sharedOptions, OptionCheck check) {
        this.sharedOptions = List.copyOf(sharedOptions);
        this.check = check;
    }

    /**
     * The games of {@code inputs}, each with {@code sharedOptions} before its own.
     *
     * @throws InputFileException for a bad manifest line (file:line:column) or a missing input
     * @throws IllegalArgumentException naming {@code --args} if the shared options fail the check
     */
    public static List<GameSpec> read(List<Path> inputs, List<String> sharedOptions, OptionCheck check) {
        BatchInputs b = new BatchInputs(sharedOptions, check);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                b.directory(input);
            } else if (isGame(input)) {
                if (!Files.isRegularFile(input)) {
                    throw new InputFileException(input.toString(), 1, 1, "no such game file");
                }
                b.checkShared(input.toString());
                b.add(input.toString(), stem(input.getFileName().toString()), List.of());
            } else if (!Files.isRegularFile(input)) {
                throw new InputFileException(input.toString(), 1, 1, "no such file or directory");
            } else {
                b.manifest(input);
            }
        }
        return List.copyOf(b.games);
    }

    /** Whether the file name is a game's ({@code .nfg} or {@code .json}). */
    static boolean isGame(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".nfg") || name.endsWith(".json");
    }

    private void directory(Path dir) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(dir)) {
            found = walk.filter(Files::isRegularFile).filter(BatchInputs::isGame)
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException(dir.toString(), 1, 1, "cannot list the directory: " + e.getMessage());
        }
        if (!found.isEmpty()) {
            checkShared(found.get(0).toString());
        }
        for (Path p : found) {
            add(p.toString(), stem(dir.relativize(p).toString().replace('\\', '/')).replace('/', '-'), List.of());
        }
    }

    private void manifest(Path file) {
        List<String> lines;
        try {
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n", -1));
        } catch (IOException e) {
            throw new InputFileException(file.toString(), 1, 1, "cannot read the manifest: " + e.getMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        Path spelled = file.getParent();
        for (int i = 0; i < lines.size(); i++) {
            List<ManifestWords.Word> words = ManifestWords.split(file.toString(), i + 1, lines.get(i));
            if (words.isEmpty()) {
                continue;
            }
            ManifestWords.Word game = words.get(0);
            if (game.text().startsWith("-")) {
                throw located(file, i, game, "a manifest line starts with the game file, got the option '" + game.text() + "'");
            }
            String gamePath = resolve(spelled, game.text());
            if (!Files.isRegularFile(base.resolve(game.text()))) {
                throw located(file, i, game, "no such game file '" + game.text() + "' (paths are relative to the manifest's directory)");
            }
            List<String> options = new ArrayList<>();
            for (int w = 1; w < words.size(); w++) {
                ManifestWords.Word word = words.get(w);
                String name = word.text().contains("=") ? word.text().substring(0, word.text().indexOf('=')) : word.text();
                if (BatchJobs.RESERVED.contains(name)) {
                    throw located(file, i, word, "'" + name + "' is set by the batch itself; remove it from the manifest line");
                }
                if (BatchJobs.FILE_OPTIONS.contains(name)) {
                    String value;
                    if (word.text().contains("=")) {
                        value = word.text().substring(name.length() + 1);
                    } else if (w + 1 < words.size()) {
                        value = words.get(++w).text();
                        word = words.get(w);
                    } else {
                        throw located(file, i, word, "'" + name + "' needs a file");
                    }
                    if (!Files.isRegularFile(base.resolve(value))) {
                        throw located(file, i, word, "no such file '" + value + "' for " + name + " (paths are relative to the manifest's directory)");
                    }
                    options.add(name);
                    options.add(resolve(spelled, value));
                    continue;
                }
                options.add(word.text());
            }
            List<String> all = new ArrayList<>(sharedOptions);
            all.addAll(options);
            Optional<String> problem = check.problem(gamePath, all);
            if (problem.isPresent()) {
                throw located(file, i, words.size() > 1 ? words.get(1) : game, problem.get());
            }
            add(gamePath, stem(Path.of(game.text()).getFileName().toString()), options);
        }
    }

    private void checkShared(String game) {
        Optional<String> problem = check.problem(game, sharedOptions);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("--args: " + problem.get());
        }
    }

    /** The check that parses options with the single-game command {@code job}'s own model. */
    public static OptionCheck commandCheck(String job) {
        return new CommandOptionCheck(job);
    }

    /**
     * {@code text} split into words as a manifest line is.
     *
     * @throws IllegalArgumentException naming {@code option} if a quote is not closed
     */
    public static List<String> words(String option, String text) {
        try {
            return ManifestWords.split(option, 1, text).stream().map(ManifestWords.Word::text).toList();
        } catch (InputFileException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    private static InputFileException located(Path file, int lineIndex, ManifestWords.Word word, String problem) {
        return new InputFileException(file.toString(), lineIndex + 1, word.column(), problem);
    }

    /** {@code path} against the manifest's directory as the user spelled it. */
    private static String resolve(Path spelledDir, String path) {
        Path p = Path.of(path);
        if (p.isAbsolute() || spelledDir == null) {
            return p.normalize().toString();
        }
        return spelledDir.resolve(p).normalize().toString();
    }

    private void add(String game, String idBase, List<String> ownOptions) {
        String id = idBase.replaceAll("[^A-Za-z0-9._-]", "_");
        if (id.isEmpty() || id.startsWith(".")) {
            id = "_" + id;
        }
        String unique = id;
        for (int n = 2; ids.contains(unique); n++) {
            unique = id + "-" + n;
        }
        ids.add(unique);
        List<String> options = new ArrayList<>(sharedOptions);
        options.addAll(ownOptions);
        games.add(new GameSpec(games.size(), unique, game, options));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
