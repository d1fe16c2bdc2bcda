using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PostsSummaryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_Published",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ChannelId_Language_Published",
                table: "Posts",
                columns: new[] { "ChannelId", "Language", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_ChannelId_Language_Published",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Published",
                table: "Posts",
                column: "Published");
        }
    }
}
