// SPDX-License-Identifier: LGPL-2.1-or-later
/* Two processes submitting to one queue at once: distinct ids, every job listable. */
#include <ctime>
#include <map>
#include <set>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "cmocka_cpp.h"
#include "documents/prepared_document.h"
#include "spool/spool_service.h"
#include "spool_test_support.h"

using namespace faxcom;
using namespace faxcom::spool;

namespace {

constexpr int jobs_per_process = 50;

/* In a child: submit the jobs, exit 0 when all succeeded. */
[[noreturn]] void submit_in_child(const std::string &queue, const std::string &document, const char *who)
{
    SpoolService service(SpoolConfig{queue, who, "", 0});
    std::vector<std::string> warnings;
    Result<PreparedDocument> prepared = prepare_document(document, warnings);
    if (!prepared)
        _exit(3);
    for (int i = 0; i < jobs_per_process; ++i) {
        JobRequest request;
        request.dial_string = "555" + std::to_string(i);
        request.recipient_name = who;
        request.page_count = 1;
        request.documents = {prepared.value()};
        if (!service.submit_job(request).ok())
            _exit(1);
    }
    _exit(0);
}

void two_processes_get_distinct_ids(void **)
{
    const std::string queue = make_scratch_directory() + "/queue";
    const std::string document = make_scratch_directory() + "/page.ps";
    write_test_file(document, "%!PS-Adobe-3.0\n%%Pages: 1\nshowpage\n");
    int ready[2];
    assert_int_equal(pipe(ready), 0);
    pid_t children[2];
    const char *owners[2] = {"first", "second"};
    for (int c = 0; c < 2; ++c) {
        children[c] = fork();
        assert_true(children[c] >= 0);
        if (children[c] == 0) {
            char go;
            close(ready[1]);
            if (read(ready[0], &go, 1) != 0) /* both start when the parent closes the pipe */
                _exit(2);
            submit_in_child(queue, document, owners[c]);
        }
    }
    close(ready[0]);
    close(ready[1]);
    for (pid_t child : children) {
        int status = 0;
        assert_int_equal(waitpid(child, &status, 0), child);
        assert_true(WIFEXITED(status));
        assert_int_equal(WEXITSTATUS(status), 0);
    }

    /* The children delivered each other's jobs while submitting; deliver the rest. */
    SpoolService service(SpoolConfig{queue, "parent", "", 0});
    assert_true(service.deliver_due_jobs(std::time(nullptr) + 60).ok());
    assert_int_equal(service.list_jobs(JobQueue::send).value().size(), 0);
    Result<std::vector<JobInfo>> listing = service.list_jobs(JobQueue::done);
    assert_true(listing.ok());
    std::set<std::string> ids;
    std::map<std::string, int> per_owner;
    for (const JobInfo &job : listing.value()) {
        assert_true(ids.insert(job.id).second);
        assert_int_equal(job.state, JobState::done);
        ++per_owner[job.owner];
    }
    assert_int_equal(ids.size(), 2 * jobs_per_process);
    assert_int_equal(per_owner["first"], jobs_per_process);
    assert_int_equal(per_owner["second"], jobs_per_process);
    for (int n = 1; n <= 2 * jobs_per_process; ++n)
        assert_true(ids.count(std::to_string(n)) == 1);
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(two_processes_get_distinct_ids)};
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
