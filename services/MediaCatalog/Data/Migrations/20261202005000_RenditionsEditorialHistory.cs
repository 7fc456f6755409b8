using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace NatoAspire.MediaCatalog.Data.Migrations
{
    /// <inheritdoc />
    public partial class RenditionsEditorialHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_videos_Topics",
                table: "videos");

            migrationBuilder.AddColumn<string>(
                name: "Credit",
                table: "videos",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "Languages",
                table: "videos",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "Restrictions",
                table: "videos",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ShotList",
                table: "videos",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "TopicKeys",
                table: "videos",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Entries made before the topics had lower-case keys get them, so that the topic filter finds them.
            migrationBuilder.Sql("update videos set \"TopicKeys\" = coalesce((select array_agg(lower(t)) from unnest(\"Topics\") t), '{}')");

            migrationBuilder.AddColumn<string>(
                name: "Transcript",
                table: "videos",
                type: "character varying(100000)",
                maxLength: 100000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "videos",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UsageTerms",
                table: "videos",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AudioCodec",
                table: "video_files",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BitRate",
                table: "video_files",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Chroma",
                table: "video_files",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DurationSeconds",
                table: "video_files",
                type: "numeric(10,3)",
                precision: 10,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "Interlaced",
                table: "video_files",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "video_files",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "videos",
                type: "tsvector",
                nullable: false,
                computedColumnSql: "setweight(to_tsvector('english', \"Title\"), 'A') || setweight(to_tsvector('english', \"Summary\"), 'B') || setweight(to_tsvector('english', \"Description\"), 'C') || setweight(coalesce(jsonb_to_tsvector('english', \"ShotList\", '[\"string\"]'), ''), 'C') || setweight(to_tsvector('english', \"Transcript\"), 'D')",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldComputedColumnSql: "setweight(to_tsvector('english', \"Title\"), 'A') || setweight(to_tsvector('english', \"Summary\"), 'B') || setweight(to_tsvector('english', \"Description\"), 'C')",
                oldStored: true);

            migrationBuilder.CreateTable(
                name: "download_links",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    VideoId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_download_links", x => x.TokenHash);
                });

            migrationBuilder.CreateTable(
                name: "downloads",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    VideoId = table.Column<Guid>(type: "uuid", nullable: false),
                    DownloadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_downloads", x => new { x.AccountId, x.FileId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "terms_acceptances",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    VideoId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsageTerms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_terms_acceptances", x => new { x.AccountId, x.VideoId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_videos_Location",
                table: "videos",
                column: "Location");

            migrationBuilder.CreateIndex(
                name: "IX_videos_TopicKeys",
                table: "videos",
                column: "TopicKeys")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_video_files_StorageKey",
                table: "video_files",
                column: "StorageKey");

            migrationBuilder.CreateIndex(
                name: "IX_download_links_ExpiresAt",
                table: "download_links",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_downloads_AccountId_DownloadedAt",
                table: "downloads",
                columns: new[] { "AccountId", "DownloadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "download_links");

            migrationBuilder.DropTable(
                name: "downloads");

            migrationBuilder.DropTable(
                name: "terms_acceptances");

            migrationBuilder.DropIndex(
                name: "IX_videos_Location",
                table: "videos");

            migrationBuilder.DropIndex(
                name: "IX_videos_TopicKeys",
                table: "videos");

            migrationBuilder.DropIndex(
                name: "IX_video_files_StorageKey",
                table: "video_files");

            migrationBuilder.DropColumn(
                name: "Credit",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "Restrictions",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "ShotList",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "TopicKeys",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "Transcript",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "UsageTerms",
                table: "videos");

            migrationBuilder.DropColumn(
                name: "AudioCodec",
                table: "video_files");

            migrationBuilder.DropColumn(
                name: "BitRate",
                table: "video_files");

            migrationBuilder.DropColumn(
                name: "Chroma",
                table: "video_files");

            migrationBuilder.DropColumn(
                name: "DurationSeconds",
                table: "video_files");

            migrationBuilder.DropColumn(
                name: "Interlaced",
                table: "video_files");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "video_files");

            migrationBuilder.AlterColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "videos",
                type: "tsvector",
                nullable: false,
                computedColumnSql: "setweight(to_tsvector('english', \"Title\"), 'A') || setweight(to_tsvector('english', \"Summary\"), 'B') || setweight(to_tsvector('english', \"Description\"), 'C')",
                stored: true,
                oldClrType: typeof(NpgsqlTsVector),
                oldType: "tsvector",
                oldComputedColumnSql: "setweight(to_tsvector('english', \"Title\"), 'A') || setweight(to_tsvector('english', \"Summary\"), 'B') || setweight(to_tsvector('english', \"Description\"), 'C') || setweight(coalesce(jsonb_to_tsvector('english', \"ShotList\", '[\"string\"]'), ''), 'C') || setweight(to_tsvector('english', \"Transcript\"), 'D')",
                oldStored: true);

            migrationBuilder.CreateIndex(
                name: "IX_videos_Topics",
                table: "videos",
                column: "Topics")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
