using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace NatoAspire.MediaCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class FrenchTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextTranslations",
                table: "videos",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "FrenchSearchVector",
                table: "videos",
                type: "tsvector",
                nullable: false,
                computedColumnSql: "setweight(to_tsvector('french', coalesce(jsonb_path_query_first(\"TextTranslations\", '$[*] ? (@.Language == \"fr\").Title') #>> '{}', '')), 'A') || setweight(to_tsvector('french', coalesce(jsonb_path_query_first(\"TextTranslations\", '$[*] ? (@.Language == \"fr\").Summary') #>> '{}', '')), 'B') || setweight(to_tsvector('french', coalesce(jsonb_path_query_first(\"TextTranslations\", '$[*] ? (@.Language == \"fr\").Description') #>> '{}', '')), 'C') || setweight(to_tsvector('french', coalesce(jsonb_path_query_first(\"Translations\", '$[*] ? (@.Language == \"fr\").Text') #>> '{}', '')), 'D')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_videos_FrenchSearchVector",
                table: "videos",
                column: "FrenchSearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_videos_FrenchSearchVector",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "FrenchSearchVector",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "TextTranslations",
                table: "videos");
        }
    }
}
