using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <summary>The store's identity: a random id, made here once, for a new store and an existing one alike.</summary>
    public partial class StoreIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoreIdentity",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreIdentity", x => x.Id);
                });

            // In SQL, not from the code: a migration runs once per store, so the id is made once, and never again.
            migrationBuilder.Sql("INSERT INTO StoreIdentity (Id) VALUES (lower(hex(randomblob(16))));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoreIdentity");
        }
    }
}
