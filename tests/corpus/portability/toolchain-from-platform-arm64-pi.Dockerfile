# corpus: modelled-on=Raspberry Pi projects pinned to linux/arm64 in the FROM line
# corpus: expect=AL201@3
FROM --platform=linux/arm64 debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3-gpiozero
CMD ["python3", "/app/main.py"]
