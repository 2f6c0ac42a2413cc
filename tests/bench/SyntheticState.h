#pragma once

#include <QByteArray>

namespace tfdrift::bench {

// Terraform state v4 files shaped like what `terraform apply` writes for AWS (provider 5,
// two-space indentation, tags, nested blocks, JSON policy strings), for benchmarks and tests.
//
// Resource number n (0 <= n < resourceCount) has the type n % 5 and these identifiers, where
// %017x is n in lower-case hexadecimal padded to 17 digits and %06d is n in decimal padded to 6:
//
//   n % 5 == 0  aws_instance        id "i-%017x"                      e.g. n = 42: i-0000000000000002a
//   n % 5 == 1  aws_security_group  id "sg-%017x"                     e.g. n = 1:  sg-00000000000000001
//   n % 5 == 2  aws_s3_bucket       id and bucket "bench-bucket-%06d" e.g. n = 7:  bench-bucket-000007
//   n % 5 == 3  aws_iam_role        id and name "bench-role-%06d",
//                                   arn "arn:aws:iam::111122223333:role/bench-role-%06d"
//   n % 5 == 4  aws_db_instance     id and identifier "db-%06d"       e.g. n = 4:  db-000004
//
// Address: module.app_%03d.<type>.bench[k] with the module number n / 100 and k = (n % 100) / 5.
// Account 111122223333, region us-east-1, serial 1. Every aws_db_instance has a password
// listed in sensitive_attributes; the state also holds outputs and a data source, which the
// parser skips.
QByteArray makeSyntheticState(int resourceCount);

// A state of about `bytes` bytes (within 1%): one resource per 5,000
// bytes, so 50 MB holds 10,000 resources as in the drift benchmark, each grown with more tags,
// rules and policy statements, then a free-text Notes tag, until the file reaches the size.
QByteArray makeSyntheticStateOfSize(qint64 bytes);

// Seconds to parse json and build a StateIndex from it, as StateStore does after a reload;
// negative when json is not a valid state.
double measureStateLoadSeconds(const QByteArray &json);

} // namespace tfdrift::bench
