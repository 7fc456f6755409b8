using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NatoAspire.Notification.Data.Migrations
{
    /// <summary>
    /// Each attempt claims its email, committed, before the SMTP send, and every attempt of one email carries the same
    /// Message-ID: a copy after a crash between the send and its confirmation knows, and a de-duplicating mail store
    /// drops what it resends.
    /// </summary>
    public partial class ClaimBeforeSend : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClaimedAt",
                table: "email_deliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailMessageId",
                table: "email_deliveries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "email_deliveries");

            migrationBuilder.DropColumn(
                name: "EmailMessageId",
                table: "email_deliveries");
        }
    }
}
