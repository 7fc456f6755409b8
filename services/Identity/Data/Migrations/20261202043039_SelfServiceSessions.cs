using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NatoAspire.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class SelfServiceSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SessionStartedAt",
                table: "refresh_tokens",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "UserAgent",
                table: "refresh_tokens",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSignedInAt",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);

            // Sessions that exist already: started when their family's first token was made. Accounts that signed in
            // already: so that their next sign-in from a new device is announced, as for everyone after the first.
            migrationBuilder.Sql("""
                UPDATE refresh_tokens t SET "SessionStartedAt" =
                    (SELECT min(f."CreatedAt") FROM refresh_tokens f WHERE f."FamilyId" = t."FamilyId");
                UPDATE accounts a SET "LastSignedInAt" =
                    (SELECT max(t."CreatedAt") FROM refresh_tokens t WHERE t."AccountId" = a."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SessionStartedAt",
                table: "refresh_tokens");

            migrationBuilder.DropColumn(
                name: "UserAgent",
                table: "refresh_tokens");

            migrationBuilder.DropColumn(
                name: "LastSignedInAt",
                table: "accounts");
        }
    }
}
