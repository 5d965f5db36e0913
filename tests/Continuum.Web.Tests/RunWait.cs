using System.Text.Json;

namespace Continuum.Web.Tests;

/// <summary>Waits for a run job.</summary>
internal static class RunWait
{
    /// <summary>Polls job <paramref name="id"/> until it ends (two minutes at most) and asserts it finished.</summary>
    public static async Task<JsonElement> Done(ServerFixture server, string id)
    {
        for (var i = 0; i < 1200; i++)
        {
            var (_, job) = await ApiJson.Get(server.Client, "/api/jobs/" + id);
            var state = job.GetProperty("state").GetString();
            if (state is "done" or "failed")
            {
                Assert.True(state == "done", job.ToString());
                return job;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"run {id} did not finish within two minutes");
    }
}
