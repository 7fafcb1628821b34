using System.Text.Json;
using WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;
using WorkflowHub.GraphQL.AspNetCore.Tests.Support;
using static WorkflowHub.GraphQL.AspNetCore.Tests.Support.GraphQLHttp;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.PersistedDocuments;

public sealed class PersistedDocumentTests
{
    private const string Hello = "{ hello }";

    [Fact]
    public void Should_name_documents_by_the_sha256_hex_of_their_text()
    {
        // sha256("{ hello }") computed independently.
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{ hello }"u8)), new InMemoryPersistedDocumentStore().Add(Hello));
        Assert.True(DocumentHash.TryNormalize("sha256:" + new string('A', 64), out var hash));
        Assert.Equal(new string('a', 64), hash);
        Assert.False(DocumentHash.TryNormalize("sha256:../../etc/passwd", out _));
        Assert.False(DocumentHash.TryNormalize("md5:" + new string('a', 64), out _));
    }

    [Fact]
    public async Task Should_stop_saving_automatic_persisted_queries_at_the_store_limit()
    {
        var store = new InMemoryPersistedDocumentStore(maxSavedDocuments: 2);
        for (var i = 0; i < 5; i++)
        {
            var document = "{ a" + i + ": hello }";
            await store.SaveAsync(DocumentHash.Compute(document), document, default);
        }

        Assert.Equal(2, store.Count);
        Assert.Equal("{ a0: hello }", await store.TryReadAsync(DocumentHash.Compute("{ a0: hello }"), default));
        Assert.Null(await store.TryReadAsync(DocumentHash.Compute("{ a4: hello }"), default));
    }

    [Fact]
    public async Task Should_execute_a_persisted_document_by_its_document_id()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.AddInMemoryPersistedDocuments(Hello));
        var id = "sha256:" + DocumentHash.Compute(Hello);

        var post = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { documentId = id }));
        var get = await GetAsync(host.CreateClient(), "/graphql?documentId=" + Uri.EscapeDataString(id));

        Assert.Equal("Hello world", post.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello world", get.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Should_answer_persisted_document_not_found_for_an_unknown_id()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b.AddInMemoryPersistedDocuments(Hello));
        var answer = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { documentId = "sha256:" + new string('0', 64) }), accept: GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Should_allow_only_persisted_documents_when_switched_on()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b
            .AddInMemoryPersistedDocuments(Hello)
            .ModifyPersistedDocumentOptions(o => o.OnlyAllowPersistedDocuments = true));

        var text = await PostQueryAsync(host.CreateClient(), "mutation { increment }", accept: GraphQLResponseJson);
        var persisted = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { documentId = "sha256:" + DocumentHash.Compute(Hello) }));

        Assert.Equal(400, text.Status);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", text.FirstErrorCode);
        Assert.Equal(0, host.Counter.Value);
        Assert.Equal(200, persisted.Status);
        Assert.True(persisted.HasData);
    }

    [Fact]
    public async Task Should_read_persisted_documents_from_a_folder()
    {
        var folder = Directory.CreateTempSubdirectory("persisted-").FullName;
        try
        {
            var hash = DocumentHash.Compute("query Greet($n: String) { hello(name: $n) }");
            await File.WriteAllTextAsync(Path.Combine(folder, hash + ".graphql"), "query Greet($n: String) { hello(name: $n) }");
            await using var host = await GraphQLTestHost.StartAsync(b => b.AddFileSystemPersistedDocuments(folder));

            var answer = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { documentId = "sha256:" + hash, variables = new { n = "Ada" } }));
            var missing = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { documentId = "sha256:" + new string('f', 64) }));

            Assert.Equal("Hello Ada", answer.Json.GetProperty("data").GetProperty("hello").GetString());
            Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", missing.FirstErrorCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Should_register_and_then_serve_automatic_persisted_queries()
    {
        await using var host = await GraphQLTestHost.StartAsync(b => b
            .AddInMemoryPersistedDocuments()
            .ModifyPersistedDocumentOptions(o => o.AllowAutomaticPersistedQueries = true));
        var hash = DocumentHash.Compute(Hello);
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var unknown = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { extensions }));
        var register = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { query = Hello, extensions }));
        var byHash = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { extensions }));
        var mismatch = await PostAsync(host.CreateClient(), JsonSerializer.Serialize(new { query = "{ counter }", extensions }));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", unknown.FirstErrorMessage);
        Assert.True(register.HasData);
        Assert.Equal("Hello world", byHash.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(mismatch.HasData);
    }
}
