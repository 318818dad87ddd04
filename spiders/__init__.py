"""Scrapy spiders: one generic discovery spider, and one small definition per site."""
