CREATE TABLE `idea_version_writers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`user_id` text,
	FOREIGN KEY (`version_id`) REFERENCES `idea_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idea_version_writers_unique` ON `idea_version_writers` (`version_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `idea_version_writers_user` ON `idea_version_writers` (`user_id`);--> statement-breakpoint
CREATE TABLE `idea_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`idea_id` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `idea_versions_idea` ON `idea_versions` (`idea_id`,`id`);