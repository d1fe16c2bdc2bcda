using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <summary>Every post's publication range: its day for a stated date, the dated neighbours' days for an inferred one.</summary>
    public partial class PublishedRanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedEarliest",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedLatest",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            // Stored posts get the range the resolver would give them, so an archive need not be re-ingested: a stated
            // date is its own range; an inferred one lies between the nearest stated dates before and after it in its
            // file (read backwards and forwards on the (channel, file, place) index, stopping at the first one).
            // A re-ingest rewrites the inferred posts once (their fingerprint now holds the range) and narrows
            // those that tell of a past day, which needs their text read.
            migrationBuilder.Sql("""
                UPDATE Posts SET PublishedEarliest = Published, PublishedLatest = Published
                WHERE PublishedConfidence IN ('Explicit', 'Exact');
                """);
            migrationBuilder.Sql("""
                UPDATE Posts SET
                    PublishedEarliest = (SELECT o.Published FROM Posts o
                        WHERE o.ChannelId = Posts.ChannelId AND o.SourceFileId = Posts.SourceFileId AND o.SourceIndex < Posts.SourceIndex
                            AND o.PublishedConfidence IN ('Explicit', 'Exact')
                        ORDER BY o.SourceIndex DESC LIMIT 1),
                    PublishedLatest = (SELECT o.Published FROM Posts o
                        WHERE o.ChannelId = Posts.ChannelId AND o.SourceFileId = Posts.SourceFileId AND o.SourceIndex > Posts.SourceIndex
                            AND o.PublishedConfidence IN ('Explicit', 'Exact')
                        ORDER BY o.SourceIndex LIMIT 1)
                WHERE PublishedConfidence = 'Inferred';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedEarliest",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PublishedLatest",
                table: "Posts");
        }
    }
}
