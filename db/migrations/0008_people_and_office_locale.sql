ALTER TABLE `office_settings` ADD `locale` text;--> statement-breakpoint
ALTER TABLE `users` ADD `locale` text;