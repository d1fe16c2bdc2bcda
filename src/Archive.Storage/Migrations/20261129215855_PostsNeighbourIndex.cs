using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PostsNeighbourIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_SourceFileId_SourceIndex",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ChannelId_SourceFileId_SourceIndex",
                table: "Posts",
                columns: new[] { "ChannelId", "SourceFileId", "SourceIndex" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_ChannelId_SourceFileId_SourceIndex",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_SourceFileId_SourceIndex",
                table: "Posts",
                columns: new[] { "SourceFileId", "SourceIndex" });
        }
    }
}
