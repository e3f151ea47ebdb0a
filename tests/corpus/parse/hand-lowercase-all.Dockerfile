from debian:stable-slim as build
arg DEBIAN_FRONTEND=noninteractive
run apt-get update && apt-get install -y build-essential
workdir /src
copy . .
run make
from debian:stable-slim
copy --from=build /src/out /usr/local/bin/
expose 9000
user nobody
entrypoint ["/usr/local/bin/server"]
cmd ["--port", "9000"]
