using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <summary>
    /// Copies: each post's MinHash signature, and the pairs of posts found to carry the same text. Posts stored before
    /// get theirs from the backfill that the next migration (CopiesBackfill) marks the store for.
    /// </summary>
    public partial class PostCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CopySignatures",
                columns: table => new
                {
                    PostKey = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CopySignatures", x => x.PostKey);
                    table.ForeignKey(
                        name: "FK_CopySignatures_Posts_PostKey",
                        column: x => x.PostKey,
                        principalTable: "Posts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostCopies",
                columns: table => new
                {
                    PostKey = table.Column<long>(type: "INTEGER", nullable: false),
                    CopyKey = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostCopies", x => new { x.PostKey, x.CopyKey });
                    table.ForeignKey(
                        name: "FK_PostCopies_Posts_CopyKey",
                        column: x => x.CopyKey,
                        principalTable: "Posts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostCopies_Posts_PostKey",
                        column: x => x.PostKey,
                        principalTable: "Posts",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CopySignatures");

            migrationBuilder.DropTable(
                name: "PostCopies");
        }
    }
}
