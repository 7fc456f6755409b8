using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NatoAspire.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class RefreshTokenReuseInterval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "SealedSuccessor",
                table: "refresh_tokens",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SealedSuccessor",
                table: "refresh_tokens");
        }
    }
}
