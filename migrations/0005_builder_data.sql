CREATE TABLE "object_attributes" (
	"object_id" integer NOT NULL,
	"name" text NOT NULL,
	"value" text NOT NULL,
	"owner_id" integer,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "object_attributes_object_id_name_pk" PRIMARY KEY("object_id","name")
);
--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "flags" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "objects" ADD COLUMN "locks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "object_attributes" ADD CONSTRAINT "object_attributes_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_parent_id_objects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."objects"("id") ON DELETE set null ON UPDATE no action;