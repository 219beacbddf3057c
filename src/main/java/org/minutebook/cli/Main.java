package org.minutebook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code minutebook}: index a corpus of minutes, search it, and serve it on the web. */
@Command(
    name = "minutebook",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Search engine and knowledge base over archives of council committee minutes.",
    subcommands = {
      ServeCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      CheckMetadataCommand.class,
      EvalCommand.class,
      TimelineCommand.class,
      CommitmentsCommand.class,
      DecisionsCommand.class,
      InspectionsCommand.class,
      EntitiesCommand.class,
      BenchCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Run './minutebook test' to run the test suite (the launcher does this with Maven)."
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Entry point: exits with the command's status, except for a server, which runs until stopped.
   */
  public static void main(String[] args) {
    Logging.configure();
    CommandLine cli = commandLine();
    int status = cli.execute(args);
    if (status != 0 || !ServeCommand.isServing()) {
      System.exit(status);
    }
  }

  /** The command line with every subcommand, ready to execute; tests drive this directly. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"minutebook " + (version == null ? "(development build)" : version)};
    }
  }
}
