using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NatoAspire.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registration_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_attempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_attempts_Email",
                table: "registration_attempts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_registration_attempts_TokenHash",
                table: "registration_attempts",
                column: "TokenHash",
                unique: true);

            // Addresses registered before attempts existed keep one, verifiable with the password they chose.
            migrationBuilder.Sql("""
                INSERT INTO registration_attempts ("Email", "TokenHash", "PasswordHash", "FirstName", "LastName", "Organisation", "CreatedAt")
                SELECT "Email", sha256(convert_to(gen_random_uuid()::text, 'UTF8')), "PasswordHash", "FirstName", "LastName",
                       "Organisation", COALESCE("LastRegistrationAttemptAt", "CreatedAt")
                FROM accounts WHERE NOT "EmailVerified";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_attempts");
        }
    }
}
