CREATE TABLE `board_participants` (
	`board_id` text NOT NULL,
	`user_id` text NOT NULL,
	`joined_at` integer NOT NULL,
	PRIMARY KEY(`board_id`, `user_id`),
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`user_id` text NOT NULL,
	`key` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `key`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `workshop_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`board_id` text NOT NULL,
	`code` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`retention_days` integer DEFAULT 30 NOT NULL,
	`names_removed_at` integer,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshop_sessions_code` ON `workshop_sessions` (`code`);--> statement-breakpoint
CREATE INDEX `workshop_sessions_board` ON `workshop_sessions` (`board_id`);--> statement-breakpoint
ALTER TABLE `boards` ADD `parent_id` text;--> statement-breakpoint
ALTER TABLE `boards` ADD `participant_canvas` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `boards` ADD `timer_ends_at` integer;--> statement-breakpoint
ALTER TABLE `boards` ADD `timer_remaining_ms` integer;--> statement-breakpoint
ALTER TABLE `boards` ADD `spotlight_idea_id` text;