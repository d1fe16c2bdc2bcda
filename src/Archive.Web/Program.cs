using Archive.Web.Cli;

// One executable: the site (no verb, or "serve") and the command-line verbs, so the image has one entry point.
return await ArchiveCommandLine.RunAsync(args);
