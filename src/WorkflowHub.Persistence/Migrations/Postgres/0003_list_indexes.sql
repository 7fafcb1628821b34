-- Schema version 3: indexes for paged lists of instances and tasks (newest first, keyset by createdAt and id).
CREATE INDEX "IX_workflow_instances_CreatedAt_Id" ON workflow_instances ("CreatedAt", "Id");
CREATE INDEX "IX_workflow_instances_Status_CreatedAt_Id" ON workflow_instances ("Status", "CreatedAt", "Id");
CREATE INDEX "IX_workflow_tasks_Status_CreatedAt_Id" ON workflow_tasks ("Status", "CreatedAt", "Id");
