-- CreateTable
CREATE TABLE "DataSource" (
    "id" UUID NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "credentialId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataDestination" (
    "id" UUID NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "credentialId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "writeMode" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataDestination_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataSource_workspaceId_idx" ON "DataSource"("workspaceId");
CREATE INDEX "DataSource_credentialId_idx" ON "DataSource"("credentialId");
CREATE INDEX "DataDestination_workspaceId_idx" ON "DataDestination"("workspaceId");
CREATE INDEX "DataDestination_credentialId_idx" ON "DataDestination"("credentialId");

-- AddForeignKey: a credential in use cannot be deleted (NO ACTION, checked at the end of the statement so a workspace deletion still cascades), whatever the application does.
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DataDestination" ADD CONSTRAINT "DataDestination_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DataDestination" ADD CONSTRAINT "DataDestination_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
