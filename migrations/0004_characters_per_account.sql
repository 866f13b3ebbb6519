ALTER TABLE "characters" DROP CONSTRAINT "characters_account_id_unique";--> statement-breakpoint
CREATE INDEX "characters_account" ON "characters" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "objects_character_name_unique" ON "objects" USING btree (lower("name")) WHERE "objects"."kind" = 'character';