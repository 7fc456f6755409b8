using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NatoAspire.Newsletter.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubscriberLanguageAndFrenchIssues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "subscribers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "HtmlBodyFr",
                table: "issues",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectFr",
                table: "issues",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextBodyFr",
                table: "issues",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "subscribers");

            migrationBuilder.DropColumn(
                name: "HtmlBodyFr",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "SubjectFr",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "TextBodyFr",
                table: "issues");
        }
    }
}
