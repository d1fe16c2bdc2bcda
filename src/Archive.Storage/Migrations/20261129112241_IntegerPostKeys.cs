using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <summary>
    /// Posts get an integer key (SQLite's rowid, kept as it was) and their hashtags, reactions and mentioned dates point
    /// at it instead of the random text id, which stays the public id with a unique index.
    /// </summary>
    /// <remarks>
    /// Written by hand: SQLite cannot change a primary key in place, and the scaffolded steps would have dropped the
    /// child rows' links. Each table is rebuilt under a temporary name and filled from the old one, inside the
    /// migration's transaction. The new child tables point at "ef_temp_Posts" while they are filled; renaming it to
    /// "Posts" carries their foreign keys along (SQLite 3.26+), so foreign keys stay on throughout.
    /// </remarks>
    public partial class IntegerPostKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(""""
CREATE TABLE "ef_temp_Posts" (
    "Key" INTEGER NOT NULL CONSTRAINT "PK_Posts" PRIMARY KEY,
    "Id" TEXT NOT NULL,
    "ChannelId" INTEGER NOT NULL,
    "SourceFileId" INTEGER NOT NULL,
    "SourceIndex" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "ForwardedFrom" TEXT NULL,
    "HasMedia" INTEGER NOT NULL,
    "MediaNote" TEXT NULL,
    "Published" TEXT NULL,
    "PublishedConfidence" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "EditedAt" TEXT NULL,
    "MessageId" INTEGER NULL,
    "Author" TEXT NULL,
    "ReplyToMessageId" INTEGER NULL,
    "ReactionTotal" INTEGER NOT NULL,
    "IngestedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Posts_Channels_ChannelId" FOREIGN KEY ("ChannelId") REFERENCES "Channels" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Posts_SourceFiles_SourceFileId" FOREIGN KEY ("SourceFileId") REFERENCES "SourceFiles" ("Id") ON DELETE CASCADE
);
INSERT INTO "ef_temp_Posts" ("Key", "Id", "ChannelId", "SourceFileId", "SourceIndex", "Text", "ContentHash", "Fingerprint", "Language", "ForwardedFrom", "HasMedia", "MediaNote", "Published", "PublishedConfidence", "PublishedAt", "EditedAt", "MessageId", "Author", "ReplyToMessageId", "ReactionTotal", "IngestedAt", "UpdatedAt") SELECT rowid, "Id", "ChannelId", "SourceFileId", "SourceIndex", "Text", "ContentHash", "Fingerprint", "Language", "ForwardedFrom", "HasMedia", "MediaNote", "Published", "PublishedConfidence", "PublishedAt", "EditedAt", "MessageId", "Author", "ReplyToMessageId", "ReactionTotal", "IngestedAt", "UpdatedAt" FROM "Posts";

CREATE TABLE "ef_temp_Reactions" (
    "PostKey" INTEGER NOT NULL,
    "Emoji" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "PK_Reactions" PRIMARY KEY ("PostKey", "Emoji"),
    CONSTRAINT "FK_Reactions_Posts_PostKey" FOREIGN KEY ("PostKey") REFERENCES "ef_temp_Posts" ("Key") ON DELETE CASCADE
);
INSERT INTO "ef_temp_Reactions" ("PostKey", "Emoji", "Count", "Order")
SELECT p."Key", c."Emoji", c."Count", c."Order" FROM "Reactions" AS c JOIN "ef_temp_Posts" AS p ON p."Id" = c."PostId";

CREATE TABLE "ef_temp_MentionedDates" (
    "PostKey" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    CONSTRAINT "PK_MentionedDates" PRIMARY KEY ("PostKey", "Date"),
    CONSTRAINT "FK_MentionedDates_Posts_PostKey" FOREIGN KEY ("PostKey") REFERENCES "ef_temp_Posts" ("Key") ON DELETE CASCADE
);
INSERT INTO "ef_temp_MentionedDates" ("PostKey", "Date")
SELECT p."Key", c."Date" FROM "MentionedDates" AS c JOIN "ef_temp_Posts" AS p ON p."Id" = c."PostId";

CREATE TABLE "ef_temp_PostHashtags" (
    "PostKey" INTEGER NOT NULL,
    "HashtagId" INTEGER NOT NULL,
    "Spelling" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "PK_PostHashtags" PRIMARY KEY ("PostKey", "HashtagId"),
    CONSTRAINT "FK_PostHashtags_Hashtags_HashtagId" FOREIGN KEY ("HashtagId") REFERENCES "Hashtags" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PostHashtags_Posts_PostKey" FOREIGN KEY ("PostKey") REFERENCES "ef_temp_Posts" ("Key") ON DELETE CASCADE
);
INSERT INTO "ef_temp_PostHashtags" ("PostKey", "HashtagId", "Spelling", "Order")
SELECT p."Key", c."HashtagId", c."Spelling", c."Order" FROM "PostHashtags" AS c JOIN "ef_temp_Posts" AS p ON p."Id" = c."PostId";

DROP TABLE "Reactions";
DROP TABLE "MentionedDates";
DROP TABLE "PostHashtags";
DROP TABLE "Posts";
ALTER TABLE "ef_temp_Posts" RENAME TO "Posts";
ALTER TABLE "ef_temp_Reactions" RENAME TO "Reactions";
ALTER TABLE "ef_temp_MentionedDates" RENAME TO "MentionedDates";
ALTER TABLE "ef_temp_PostHashtags" RENAME TO "PostHashtags";

CREATE UNIQUE INDEX "IX_Posts_Id" ON "Posts" ("Id");
CREATE INDEX "IX_Posts_ChannelId_MessageId" ON "Posts" ("ChannelId", "MessageId");
CREATE INDEX "IX_Posts_Published" ON "Posts" ("Published");
CREATE INDEX "IX_Posts_SourceFileId_SourceIndex" ON "Posts" ("SourceFileId", "SourceIndex");
CREATE INDEX "IX_PostHashtags_HashtagId" ON "PostHashtags" ("HashtagId");
"""");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(""""
CREATE TABLE "ef_temp_Posts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Posts" PRIMARY KEY,
    "ChannelId" INTEGER NOT NULL,
    "SourceFileId" INTEGER NOT NULL,
    "SourceIndex" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Fingerprint" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "ForwardedFrom" TEXT NULL,
    "HasMedia" INTEGER NOT NULL,
    "MediaNote" TEXT NULL,
    "Published" TEXT NULL,
    "PublishedConfidence" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "EditedAt" TEXT NULL,
    "MessageId" INTEGER NULL,
    "Author" TEXT NULL,
    "ReplyToMessageId" INTEGER NULL,
    "ReactionTotal" INTEGER NOT NULL,
    "IngestedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Posts_Channels_ChannelId" FOREIGN KEY ("ChannelId") REFERENCES "Channels" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Posts_SourceFiles_SourceFileId" FOREIGN KEY ("SourceFileId") REFERENCES "SourceFiles" ("Id") ON DELETE CASCADE
);
INSERT INTO "ef_temp_Posts" ("Id", "ChannelId", "SourceFileId", "SourceIndex", "Text", "ContentHash", "Fingerprint", "Language", "ForwardedFrom", "HasMedia", "MediaNote", "Published", "PublishedConfidence", "PublishedAt", "EditedAt", "MessageId", "Author", "ReplyToMessageId", "ReactionTotal", "IngestedAt", "UpdatedAt") SELECT "Id", "ChannelId", "SourceFileId", "SourceIndex", "Text", "ContentHash", "Fingerprint", "Language", "ForwardedFrom", "HasMedia", "MediaNote", "Published", "PublishedConfidence", "PublishedAt", "EditedAt", "MessageId", "Author", "ReplyToMessageId", "ReactionTotal", "IngestedAt", "UpdatedAt" FROM "Posts" ORDER BY "Key";

CREATE TABLE "ef_temp_Reactions" (
    "PostId" TEXT NOT NULL,
    "Emoji" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "PK_Reactions" PRIMARY KEY ("PostId", "Emoji"),
    CONSTRAINT "FK_Reactions_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "ef_temp_Posts" ("Id") ON DELETE CASCADE
);
INSERT INTO "ef_temp_Reactions" ("PostId", "Emoji", "Count", "Order")
SELECT p."Id", c."Emoji", c."Count", c."Order" FROM "Reactions" AS c JOIN "ef_temp_Posts" AS p ON p."Key" = c."PostKey";

CREATE TABLE "ef_temp_MentionedDates" (
    "PostId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    CONSTRAINT "PK_MentionedDates" PRIMARY KEY ("PostId", "Date"),
    CONSTRAINT "FK_MentionedDates_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "ef_temp_Posts" ("Id") ON DELETE CASCADE
);
INSERT INTO "ef_temp_MentionedDates" ("PostId", "Date")
SELECT p."Id", c."Date" FROM "MentionedDates" AS c JOIN "ef_temp_Posts" AS p ON p."Key" = c."PostKey";

CREATE TABLE "ef_temp_PostHashtags" (
    "PostId" TEXT NOT NULL,
    "HashtagId" INTEGER NOT NULL,
    "Spelling" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "PK_PostHashtags" PRIMARY KEY ("PostId", "HashtagId"),
    CONSTRAINT "FK_PostHashtags_Hashtags_HashtagId" FOREIGN KEY ("HashtagId") REFERENCES "Hashtags" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PostHashtags_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "ef_temp_Posts" ("Id") ON DELETE CASCADE
);
INSERT INTO "ef_temp_PostHashtags" ("PostId", "HashtagId", "Spelling", "Order")
SELECT p."Id", c."HashtagId", c."Spelling", c."Order" FROM "PostHashtags" AS c JOIN "ef_temp_Posts" AS p ON p."Key" = c."PostKey";

DROP TABLE "Reactions";
DROP TABLE "MentionedDates";
DROP TABLE "PostHashtags";
DROP TABLE "Posts";
ALTER TABLE "ef_temp_Posts" RENAME TO "Posts";
ALTER TABLE "ef_temp_Reactions" RENAME TO "Reactions";
ALTER TABLE "ef_temp_MentionedDates" RENAME TO "MentionedDates";
ALTER TABLE "ef_temp_PostHashtags" RENAME TO "PostHashtags";


CREATE INDEX "IX_Posts_ChannelId_MessageId" ON "Posts" ("ChannelId", "MessageId");
CREATE INDEX "IX_Posts_Published" ON "Posts" ("Published");
CREATE INDEX "IX_Posts_SourceFileId_SourceIndex" ON "Posts" ("SourceFileId", "SourceIndex");
CREATE INDEX "IX_PostHashtags_HashtagId" ON "PostHashtags" ("HashtagId");
"""");
    }
}
