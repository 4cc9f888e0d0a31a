# The hello stand-in psml-cli on the demo's runtime base (python3 + node), for `psml engine run` in the offline demo.
ARG BASE=psml-runtime-base:local
FROM ${BASE}
ARG GREETING=hello
RUN mkdir -p /home/psml && echo "$GREETING" > /etc/greeting
COPY psml-cli /usr/local/bin/psml-cli
WORKDIR /home/psml
