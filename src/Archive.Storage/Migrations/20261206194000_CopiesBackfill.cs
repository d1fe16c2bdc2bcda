using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <summary>
    /// Marks a store that already holds posts as having copies to find: its posts were stored before copy detection (or
    /// before this backfill), without signatures. A new store, empty here, never needs it.
    /// </summary>
    public partial class CopiesBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PendingCopyBackfill",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    AfterKey = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCopyBackfill", x => x.Id);
                });

            // In SQL: the migration runs once per store, and only a store with posts has any to go back over.
            migrationBuilder.Sql("INSERT INTO PendingCopyBackfill (Id, AfterKey) SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM Posts);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingCopyBackfill");
        }
    }
}
