CREATE TABLE "character_streams" (
	"character_id" integer NOT NULL,
	"stream" text NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "character_streams_character_id_stream_pk" PRIMARY KEY("character_id","stream")
);
--> statement-breakpoint
ALTER TABLE "character_streams" ADD CONSTRAINT "character_streams_character_id_objects_id_fk" FOREIGN KEY ("character_id") REFERENCES "public"."objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "character_streams_stream" ON "character_streams" USING btree ("stream");