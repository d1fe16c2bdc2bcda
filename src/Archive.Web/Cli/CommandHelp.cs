using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Archive.Web.Cli;

/// <summary>
/// What "--help" prints for the executable and each verb: a usage line, what it does, its arguments and options, and
/// examples. Written here rather than by the library's help, whose usage line and "Additional Arguments" section come
/// out malformed and empty for the commands that pass unknown tokens on to the web host.
/// </summary>
public sealed class CommandHelp : SynchronousCommandLineAction
{
    private readonly Dictionary<Command, (string? Usage, string[] Examples)> _extras = [];

    /// <summary>Makes this the help of <paramref name="root"/> and every command under it.</summary>
    public void Attach(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Action = this;
            }
        }
    }

    /// <summary>Adds <paramref name="examples"/> (command lines without the program's name) to the help of <paramref name="command"/>; <paramref name="usage"/>, when given, replaces its generated usage tail.</summary>
    public Command Describe(Command command, string[] examples, string? usage = null)
    {
        _extras[command] = (usage, examples);
        return command;
    }

    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.Write(Write(parseResult.CommandResult.Command));
        return ArchiveCommandLine.Ok;
    }

    /// <summary>The help text of <paramref name="command"/>.</summary>
    public string Write(Command command)
    {
        var path = CommandPath(command);
        var extras = _extras.GetValueOrDefault(command);
        var text = new StringBuilder();
        text.Append("Usage: ").Append(path).Append(' ').AppendLine(extras.Usage ?? UsageTail(command)).AppendLine();
        if (!string.IsNullOrEmpty(command.Description))
        {
            text.AppendLine(command.Description).AppendLine();
        }

        Section(text, "Commands", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, FirstSentence(c.Description))));
        Section(text, "Arguments", command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description)));
        Section(text, "Options", OptionsOf(command).Select(o => (OptionLabel(o), o.Description)));

        var program = CommandPath(Root(command));
        var examples = extras.Examples ?? [];
        if (examples.Length > 0)
        {
            text.AppendLine(examples.Length == 1 ? "Example:" : "Examples:");
            foreach (var example in examples)
            {
                text.AppendLine(("  " + program + " " + example).TrimEnd());
            }
            text.AppendLine();
        }
        if (command.Subcommands.Count > 0)
        {
            text.Append("Run \"").Append(program).AppendLine(" COMMAND --help\" for a command's options.")
                .AppendLine("From the repository, \"archive\" is \"dotnet run --project src/Archive.Web --\"; in the image, \"dotnet Archive.Web.dll\".");
        }
        return text.ToString();
    }

    /// <summary>The first sentence of a description: a command's line in its parent's list.</summary>
    private static string? FirstSentence(string? description)
    {
        var end = description?.IndexOf(". ", StringComparison.Ordinal) ?? -1;
        return end < 0 ? description : description![..(end + 1)];
    }

    private static void Section(StringBuilder text, string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var width = list.Max(r => r.Label.Length) + 2;
        text.Append(title).AppendLine(":");
        foreach (var (label, description) in list)
        {
            text.AppendLine(("  " + label.PadRight(width) + description).TrimEnd());
        }
        text.AppendLine();
    }

    /// <summary>The command's own options, then the ones it inherits (recursive options of the commands above it).</summary>
    private static IEnumerable<Option> OptionsOf(Command command)
    {
        var seen = new HashSet<Option>();
        for (Symbol? current = command; current is Command c; current = c.Parents.FirstOrDefault())
        {
            foreach (var option in c.Options)
            {
                if (!option.Hidden && (c == command || option.Recursive) && seen.Add(option))
                {
                    yield return option;
                }
            }
        }
    }

    private static string UsageTail(Command command)
    {
        var parts = new List<string>();
        if (command.Subcommands.Count > 0)
        {
            parts.Add("[command]");
        }
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[{ArgumentLabel(a)}]" : ArgumentLabel(a)));
        parts.Add("[options]");
        return string.Join(' ', parts);
    }

    private static string ArgumentLabel(Argument argument) =>
        $"<{argument.HelpName ?? argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");

    private static string OptionLabel(Option option)
    {
        // Only the dash spellings: the help option's "/?" and "/h" are noise on a Unix terminal.
        var names = string.Join(", ", option.Aliases.Where(a => a.StartsWith('-')).Order(StringComparer.Ordinal).Append(option.Name));
        // A switch (--all, --dated-only) takes an optional true/false nobody types: shown without a value.
        if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool))
        {
            return names;
        }
        var value = option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant();
        return $"{names} {value}" + (option.Arity.MaximumNumberOfValues > 1 ? " (repeatable)" : "");
    }

    private static Command Root(Command command)
    {
        var current = command;
        while (current.Parents.FirstOrDefault() is Command parent)
        {
            current = parent;
        }
        return current;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? current = command; current is Command c; current = c.Parents.FirstOrDefault())
        {
            names.Add(c is RootCommand ? "archive" : c.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
