import ArgumentParser

/// The value of the environment variable a `--…-env` flag names, or a usage error naming the flag when it is
/// unset or empty: secrets come from the environment, never from the command line.
func secret(
    fromVariable variable: String, flag: String, environment: [String: String]
) throws -> String {
    guard let value = environment[variable], !value.isEmpty else {
        throw ValidationError("\(flag) \(variable): that environment variable is not set.")
    }
    return value
}
