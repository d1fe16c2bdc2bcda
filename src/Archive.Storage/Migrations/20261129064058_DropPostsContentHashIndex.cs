using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class DropPostsContentHashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_ChannelId_ContentHash",
                table: "Posts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Posts_ChannelId_ContentHash",
                table: "Posts",
                columns: new[] { "ChannelId", "ContentHash" });
        }
    }
}
